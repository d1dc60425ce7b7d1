package org.pledgewatch.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code pledgewatch.max-body-bytes} (default 10 MB) with {@code
 * 413}: the body's stream fails as soon as the limit is passed, whether or not the request declared
 * its length (a chunked body declares none), so that no body is held in memory beyond the limit.
 */
@Component
public class BodyLimit extends OncePerRequestFilter {
  private final long max;

  public BodyLimit(@Value("${pledgewatch.max-body-bytes:10485760}") long max) {
    this.max = max;
  }

  /** Thrown by the body's stream past the limit; {@link ProblemHandler} answers 413. */
  static final class TooLarge extends IOException {
    TooLarge(long max) {
      super("the request body is larger than the limit of " + max + " bytes");
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new Limited(request, max), response);
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              long read;

              private int count(int n) throws TooLarge {
                if (n > 0) {
                  read += n;
                  if (read > max) {
                    throw new TooLarge(max);
                  }
                }
                return n;
              }

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                  count(1);
                }
                return b;
              }

              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                return count(in.read(b, off, len));
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
