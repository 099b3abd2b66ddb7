package org.souk.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path nothing answers. Under /api a 404 problem like every other API error (ApiExceptionHandler only
 * sees requests that reached a controller); elsewhere the exception goes on to the error page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPaths {

    @ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
    ProblemDetail unknown(Exception e, HttpServletRequest request) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            // rethrown as it came, the exception continues to the default handling: 404 and the error page
            throw e;
        }
        return ApiExceptionHandler.problem(HttpStatus.NOT_FOUND, "Not found", "No API operation at " + path, null);
    }
}
