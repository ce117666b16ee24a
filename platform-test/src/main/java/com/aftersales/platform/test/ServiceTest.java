package com.aftersales.platform.test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service test: the whole service, driven through HTTP (MockMvc) and Kafka, against the real broker and
 * a real Mongo-wire store from {@link TestInfrastructure}. Nothing is mocked at those boundaries.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestInfrastructure.class)
public @interface ServiceTest {
}
