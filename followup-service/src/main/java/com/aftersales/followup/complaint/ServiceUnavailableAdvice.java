package com.aftersales.followup.complaint;

import com.aftersales.platform.http.ServiceUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/**
 * An action that cannot be done without another service's answer (book a rework visit at appointment-service)
 * while that service is not answering: 503, the same problem type the gateway uses, naming the service.
 * Nothing was changed.
 */
@RestControllerAdvice
class ServiceUnavailableAdvice {

    static final URI SERVICE_UNAVAILABLE = URI.create("https://aftersales.example/problems/service-unavailable");

    @ExceptionHandler(ServiceUnavailableException.class)
    ProblemDetail unavailable(ServiceUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                e.service() + " is not answering; nothing was changed, try again later");
        problem.setType(SERVICE_UNAVAILABLE);
        problem.setTitle("Service unavailable");
        problem.setProperty("service", e.service());
        return problem;
    }
}
