package com.aftersales.gateway.fallback;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Records the URL the caller asked for before any route filter rewrites it, in the gateway's own
 * {@link ServerWebExchangeUtils#GATEWAY_ORIGINAL_REQUEST_URL_ATTR}. The circuit breaker forwards to
 * {@code /fallback/<service>} with a rewritten path; the fallback reads this to name the problem's instance.
 */
@Component
class OriginalRequestUrlFilter implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerWebExchangeUtils.addOriginalRequestUrl(exchange, exchange.getRequest().getURI());
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
