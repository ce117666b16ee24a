package com.aftersales.billing.support;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One dealership of a service test: its own {@code X-Dealer-Id}, so tests sharing the one Spring context (and
 * so the one database) never see each other's data.
 */
public final class Dealership {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final MockMvc http;
    private final String id;

    private Dealership(MockMvc http, String id) {
        this.http = http;
        this.id = id;
    }

    /** A dealership nobody else uses (the header allows 40 characters at most). */
    public static Dealership fresh(MockMvc http) {
        return new Dealership(http, "dealer-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24));
    }

    public String id() {
        return id;
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    // ---- raw requests ------------------------------------------------------------------------------------

    public ResultActions get(String url, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.get(url, vars)));
    }

    public ResultActions post(String url, String json, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.post(url, vars)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions postIfMatch(String url, String ifMatch, String json, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.post(url, vars)).header("If-Match", ifMatch)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions put(String url, String json, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.put(url, vars)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions putIfMatch(String url, String ifMatch, String json, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.put(url, vars)).header("If-Match", ifMatch)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public MockHttpServletRequestBuilder scoped(MockHttpServletRequestBuilder request) {
        return request.header("X-Dealer-Id", id).characterEncoding(StandardCharsets.UTF_8);
    }

    // ---- reading answers ---------------------------------------------------------------------------------

    public static String body(ResultActions actions) throws Exception {
        return body(actions.andReturn());
    }

    public static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    public static <T> T read(ResultActions actions, String path) throws Exception {
        return JsonPath.read(body(actions), path);
    }

    /** What a GET answers now, to compare before and after a refused request. */
    public String snapshot(String url, Object... vars) throws Exception {
        return body(get(url, vars).andExpect(status().isOk()));
    }
}
