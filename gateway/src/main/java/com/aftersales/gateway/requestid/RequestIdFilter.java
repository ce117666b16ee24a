package com.aftersales.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Gives every routed request an {@code X-Request-Id}: the caller's own when it looks sane (at most 64
 * characters of {@code [A-Za-z0-9-_]}), otherwise a new UUID. The id goes to the service on the proxied
 * request, back to the caller on the response (also on a fallback answer), and into the gateway's log line.
 */
@Component
public class RequestIdFilter implements GlobalFilter, Ordered {

    public static final String HEADER = "X-Request-Id";
    /** Exchange attribute holding the request id, for other gateway code (e.g. the fallback). */
    public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";
    /** MDC key; the log pattern prints it via {@code %X{requestId:-}}. */
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String requestId = requestIdOf(exchange.getRequest());
        exchange.getAttributes().put(ATTRIBUTE, requestId);
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(HEADER, requestId))
                .build();
        // beforeCommit: the header survives whatever a route or fallback does to the response headers.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, requestId);
            return Mono.empty();
        });
        long started = System.nanoTime();
        return chain.filter(exchange.mutate().request(request).build())
                .doFinally(signal -> logDone(exchange, requestId, started));
    }

    static String requestIdOf(ServerHttpRequest request) {
        String incoming = request.getHeaders().getFirst(HEADER);
        return incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    private static void logDone(ServerWebExchange exchange, String requestId, long started) {
        if (!log.isInfoEnabled()) {
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, requestId)) {
            log.info("{} {} -> {} in {} ms", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    exchange.getResponse().getStatusCode(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
