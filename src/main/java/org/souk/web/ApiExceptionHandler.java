package org.souk.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.exc.InvalidFormatException;

/** Errors of the REST API as RFC 9457 problem details, with the broken rules in {@code violations}. */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final URI VALIDATION = URI.create("https://souk.example/problems/validation");

    private final FieldLabels labels;

    ApiExceptionHandler(FieldLabels labels) {
        this.labels = labels;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(VALIDATION);
        problem.setTitle("Invalid input");
        problem.setProperty("violations", e.violations());
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null);
    }

    @ExceptionHandler(NotAllowed.class)
    ProblemDetail notAllowed(NotAllowed e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage(), e.rule());
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), e.rule());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new Violation(error.getField(), null, error.getField() + ": " + error.getDefaultMessage()))
                .toList();
        return ResponseEntity.unprocessableContent().body(invalid(new InvalidInput(violations)));
    }

    /** A query parameter or path variable that does not convert; for an enum: which values it takes. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Class<?> type = ex.getRequiredType();
        String field = ex.getPropertyName();
        if (type == null || !type.isEnum() || field == null) {
            return super.handleTypeMismatch(ex, headers, status, request);
        }
        return ResponseEntity.badRequest().body(badValue(field, ex.getValue(), type));
    }

    /**
     * A JSON body that does not parse into the operation's type: a string that is not text ({@link PlainText})
     * is a 422 with the field's path and label; a wrong enum value names its field and the allowed values.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PlainTextJson.Refused refused) {
                return ResponseEntity.unprocessableContent()
                        .body(invalid(new InvalidInput(labels.refusal(refused.field(), refused.flaw()))));
            }
        }
        if (ex.getCause() instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return ResponseEntity.badRequest().body(badValue(ApiJson.path(format), format.getValue(), format.getTargetType()));
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    private static ProblemDetail badValue(String field, Object value, Class<?> type) {
        String allowed = String.join(", ", ApiJson.names(type));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                field + ": '" + value + "' is not one of " + allowed);
        problem.setType(VALIDATION);
        problem.setTitle("Invalid input");
        problem.setProperty("violations", List.of(new Violation(field, null, problem.getDetail())));
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, String rule) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (rule != null) {
            problem.setProperty("rule", rule);
        }
        return problem;
    }
}
