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
    return respond(
        problem(
            notFound ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
            e.code().code(),
            e.problems().get(0).toString(),
            e.problems().stream()
                .map(p -> error(p.code().code(), p.location().toString(), p.message()))
                .toList()));
  }

  /**
   * A request the service refuses for a reason of its own (a timeline too long to compute, an item
   * never posted), with where and why.
   */
  static final class Refused extends RuntimeException {
    final HttpStatus status;
    final String code;
    final String location;

    Refused(HttpStatus status, String code, String location, String message) {
      super(message);
      this.status = status;
      this.code = code;
      this.location = location;
    }
  }

  @ExceptionHandler(Refused.class)
  ResponseEntity<ProblemDetail> refused(Refused e) {
    return respond(one(e.status, e.code, e.location, e.getMessage()));
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
            problem(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "body_too_large",
                tooLarge.getMessage(),
                List.of(error("body_too_large", "request body", tooLarge.getMessage())));
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
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(
            one(
                HttpStatus.BAD_REQUEST,
                "invalid_parameter",
                String.valueOf(name),
                "expected a date YYYY-MM-DD, found '" + shown + "'"));
  }

  /**
   * The one shape of every problem document the service writes: title from the status, the code, a
   * detail, and each error with its code, location and message.
   */
  static ProblemDetail problem(
      HttpStatus status, String code, String detail, List<Map<String, String>> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Invalid input" : status.getReasonPhrase());
    problem.setProperty("code", code);
    problem.setProperty("errors", errors);
    return problem;
  }

  /** A problem with one error, its detail the error's location and message. */
  static ProblemDetail one(HttpStatus status, String code, String location, String message) {
    return problem(
        status, code, location + ": " + message, List.of(error(code, location, message)));
  }

  private static Map<String, String> error(String code, String location, String message) {
    return Map.of("code", code, "location", location, "message", message);
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
