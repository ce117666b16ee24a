package com.aftersales.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole system, running as it does for a user: {@code ./aftersales up} starts the real Kafka broker, the
 * Mongo-wire store, the six services and the gateway from the jars the build just made. It runs beside any
 * stack a developer has up (every port moved by {@value #PORT_OFFSET}, state under target/), once for all
 * system tests, and is stopped with {@code ./aftersales down} when they are done.
 */
public final class RunningStack implements BeforeAllCallback {

    static final int PORT_OFFSET = 1000;
    private static final Path ROOT = Path.of(System.getenv().getOrDefault("AFTERSALES_ROOT", "..")).toAbsolutePath().normalize();
    private static final Path HOME = ROOT.resolve("system-tests/target/stack");

    public static String gateway() {
        return "http://127.0.0.1:" + (8080 + PORT_OFFSET);
    }

    public static String kafka() {
        return "127.0.0.1:" + (9092 + PORT_OFFSET);
    }

    public static String serviceUrl(int port) {
        return "http://127.0.0.1:" + (port + PORT_OFFSET);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(RunningStack.class, key -> start(), Stopper.class);
    }

    /** Stops the stack when the test run ends. */
    static final class Stopper implements AutoCloseable {
        @Override
        public void close() throws Exception {
            run(List.of("./aftersales", "down"), 120);
        }
    }

    private static Stopper start() {
        try {
            run(List.of("./aftersales", "down"), 120);
            int exit = run(List.of("./aftersales", "up", "--detach"), 400);
            if (exit != 0) {
                throw new IllegalStateException("./aftersales up failed (exit " + exit + "); see " + HOME.resolve("logs")
                        + " and " + HOME.resolve("up.log"));
            }
            return new Stopper();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the system under test", e);
        }
    }

    private static int run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(HOME);
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(HOME.resolve("up.log").toFile()));
        builder.environment().put("AFTERSALES_HOME", HOME.toString());
        builder.environment().put("AFTERSALES_PORT_OFFSET", String.valueOf(PORT_OFFSET));
        builder.environment().put("AFTERSALES_CDS", "off");
        builder.environment().put("AFTERSALES_DEMO", "0");
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        return process.exitValue();
    }
}
