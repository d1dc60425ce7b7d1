package org.pledgewatch.web;

import java.util.List;
import java.util.Map;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.PledgewatchException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Bad input becomes {@code application/problem+json}: the library's error code, and every problem
 * with its location (JSON path and line of the request body) and message. Spring MVC's own errors
 * (unsupported media type, unreadable body, bad parameter) are problem documents too.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
  @ExceptionHandler(PledgewatchException.class)
  ResponseEntity<ProblemDetail> pledgewatch(PledgewatchException e) {
    // A path that names no commitment or agreement is not found; evidence in a body that does is a
    // bad request.
    String kind = e.problems().get(0).location().kind();
    boolean notFound =
        (e.code() == ErrorCode.UNKNOWN_COMMITMENT || e.code() == ErrorCode.UNKNOWN_AGREEMENT)
            && ("agreement".equals(kind) || "commitment".equals(kind));
    HttpStatus status = notFound ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(status, e.problems().get(0).toString());
    problem.setTitle(notFound ? "Not found" : "Invalid input");
    problem.setProperty("code", e.code().code());
    problem.setProperty(
        "errors",
        e.problems().stream()
            .map(
                p ->
                    Map.of(
                        "code",
                        p.code().code(),
                        "location",
                        p.location().toString(),
                        "message",
                        p.message()))
            .toList());
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** A request parameter that parsed but is out of bounds (a timeline too long to compute). */
  static final class InvalidParameter extends RuntimeException {
    final String name;

    InvalidParameter(String name, String message) {
      super(message);
      this.name = name;
    }
  }

  /** Something the path names that the service does not hold (an item never posted). */
  static final class NotFound extends RuntimeException {
    final String location;

    NotFound(String location, String message) {
      super(message);
      this.location = location;
    }
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.location + ": " + e.getMessage());
    problem.setTitle("Not found");
    problem.setProperty("code", "not_found");
    problem.setProperty(
        "errors",
        List.of(Map.of("code", "not_found", "location", e.location, "message", e.getMessage())));
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @ExceptionHandler(InvalidParameter.class)
  ResponseEntity<Object> invalidParameter(InvalidParameter e) {
    return parameterProblem(e.name, e.getMessage());
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      org.springframework.http.converter.HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyLimit.TooLarge tooLarge) {
        ProblemDetail problem =
            ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
        problem.setTitle("Payload too large");
        problem.setProperty("code", "body_too_large");
        problem.setProperty(
            "errors",
            List.of(
                Map.of(
                    "code",
                    "body_too_large",
                    "location",
                    "request body",
                    "message",
                    tooLarge.getMessage())));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
      }
    }
    return super.handleHttpMessageNotReadable(e, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name =
        e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    String found = String.valueOf(e.getValue());
    // Quote at most 40 characters of what was sent: a message never grows with the input.
    String shown = found.length() > 40 ? found.substring(0, 37) + "..." : found;
    return parameterProblem(name, "expected a date YYYY-MM-DD, found '" + shown + "'");
  }

  private static ResponseEntity<Object> parameterProblem(String name, String message) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, name + ": " + message);
    problem.setTitle("Invalid input");
    problem.setProperty("code", "invalid_parameter");
    problem.setProperty(
        "errors",
        List.of(
            Map.of(
                "code",
                "invalid_parameter",
                "location",
                String.valueOf(name),
                "message",
                message)));
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
