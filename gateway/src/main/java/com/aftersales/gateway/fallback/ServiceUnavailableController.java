package com.aftersales.gateway.fallback;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import com.aftersales.gateway.requestid.RequestIdFilter;

/**
 * Where a route's circuit breaker forwards when its service does not answer (connection refused, time-out,
 * circuit open): a 503 problem detail naming the service. Mapped for every HTTP method, because the
 * forward keeps the caller's method (a POST must get the 503 too).
 */
@RestController
class ServiceUnavailableController {

    static final URI TYPE = URI.create("https://aftersales.example/problems/service-unavailable");
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableController.class);

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        String name = SERVICE_NAME.matcher(service).matches() ? service : "the service";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                name + " is not answering; try again shortly");
        problem.setType(TYPE);
        problem.setTitle("Service unavailable");
        problem.setProperty("service", name);
        problem.setInstance(originalPath(exchange));
        logUnavailable(exchange, name, problem.getInstance());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    private static void logUnavailable(ServerWebExchange exchange, String service, URI instance) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String requestId = exchange.getAttributeOrDefault(RequestIdFilter.ATTRIBUTE, "");
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestIdFilter.MDC_KEY, requestId)) {
            log.warn("{} unavailable for {} {}: {}", service, exchange.getRequest().getMethod(), instance,
                    cause == null ? "circuit open or no cause recorded" : cause.toString());
        }
    }

    private static URI originalPath(ServerWebExchange exchange) {
        Set<URI> originals = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        URI uri = originals == null || originals.isEmpty() ? exchange.getRequest().getURI() : originals.iterator().next();
        return URI.create(uri.getRawPath());
    }
}
