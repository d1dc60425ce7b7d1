package org.pledgewatch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reads are public; writes (posting and retracting evidence) need HTTP Basic credentials, the user
 * of {@code spring.security.user.name} and {@code spring.security.user.password} (without them,
 * Spring Boot makes a user {@code user} with a random password and logs it at start-up). The API is
 * stateless: no session, no cookie, so no CSRF token either.
 */
@Configuration
public class SecurityConfiguration {
  @Bean
  SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
    AuthenticationEntryPoint problem =
        (request, response, e) -> {
          response.setStatus(HttpStatus.UNAUTHORIZED.value());
          response.setHeader("WWW-Authenticate", "Basic realm=\"pledgewatch\"");
          response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
          json.writeValue(
              response.getOutputStream(),
              ProblemHandler.one(
                  HttpStatus.UNAUTHORIZED,
                  "unauthorized",
                  "Authorization",
                  "writing evidence needs credentials (HTTP Basic)"));
        };
    return http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(HttpMethod.GET, "/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(problem))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(problem))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(Customizer.withDefaults())
        .build();
  }
}
