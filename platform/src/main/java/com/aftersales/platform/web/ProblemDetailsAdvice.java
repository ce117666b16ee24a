package com.aftersales.platform.web;

import com.aftersales.platform.domain.AlreadyExistsException;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.domain.StaleVersionException;
import com.aftersales.platform.http.ServiceUnavailableException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Every error a service answers is an RFC 9457 problem detail: a stable {@code type}, a human
 * {@code detail}, and for bad input an {@code errors} list naming each field. Because these are raised
 * before anything is saved, a refused request changes nothing.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    /** One field's complaint: {@code field} uses the JSON path of the request ("requestedWork[0].code"). */
    public record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", e.getMessage());
        problem.setProperty("kind", e.kind());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, Problems.ILLEGAL_TRANSITION, "Not allowed in the current state",
                e.getMessage());
        problem.setProperty("currentState", e.currentState());
        problem.setProperty("attemptedAction", e.attemptedAction());
        return problem;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail staleVersion(StaleVersionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, Problems.STALE_VERSION, "Changed by someone else", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, Problems.STALE_VERSION, "Changed by someone else",
                "the record was changed at the same moment by another request; reload and try again");
    }

    @ExceptionHandler(AlreadyExistsException.class)
    ProblemDetail alreadyExists(AlreadyExistsException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, Problems.ALREADY_EXISTS, "Already exists", e.getMessage());
        problem.setProperty("existingId", e.existingId());
        problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        return problem;
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, Problems.ALREADY_EXISTS, "Already exists",
                "a record with the same unique key was created at the same moment");
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail domainRule(DomainRuleViolation e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, Problems.DOMAIN_RULE, "Against a business rule",
                e.getMessage());
        problem.setProperty("rule", e.rule());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        }
        return problem;
    }

    /**
     * An action that cannot be done without another service's answer (a price from parts-service, a visit booked
     * at appointment-service) while that service is not answering: 503, the problem type the gateway uses,
     * naming the service. Nothing was changed.
     */
    @ExceptionHandler(ServiceUnavailableException.class)
    ProblemDetail serviceUnavailable(ServiceUnavailableException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, Problems.SERVICE_UNAVAILABLE, "Service unavailable",
                e.service() + " is not answering; nothing was changed, try again later");
        problem.setProperty("service", e.service());
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        return validation(List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler(DealerIdResolver.MissingDealerException.class)
    ProblemDetail missingDealer(DealerIdResolver.MissingDealerException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, Problems.MISSING_DEALER, "Dealership missing", e.getMessage());
        problem.setProperty("errors", List.of(new FieldProblem(DealerIdResolver.HEADER, e.getMessage())));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return validation(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String name = result.getMethodParameter().getParameterName();
            if (error instanceof FieldError fieldError) {
                name = fieldError.getField();
            }
            errors.add(new FieldProblem(name, error.getDefaultMessage()));
        }));
        return validation(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = "the request body is not valid JSON of the expected shape";
        Throwable cause = ex.getCause();
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            field = jsonPath(jackson.getPath());
            message = "cannot read this value: " + jackson.getOriginalMessage();
        }
        return validation(List.of(new FieldProblem(field, message)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String type = ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
        return validation(List.of(new FieldProblem(ex.getPropertyName(), "'" + ex.getValue() + "' is not a valid " + type)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return validation(List.of(new FieldProblem(ex.getParameterName(), "is required")));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException e) {
        return validation(List.of(new FieldProblem(e.getHeaderName(), "header is required")));
    }

    private ResponseEntity<Object> validation(List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid input",
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String jsonPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
