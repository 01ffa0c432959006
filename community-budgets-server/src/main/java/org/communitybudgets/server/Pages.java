package org.communitybudgets.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The service's Content-Security-Policy: its JSON answers allow nothing to load or run; a page it
 * serves (the report) carries its own policy, which the header repeats.
 */
final class Pages {
  /** The policy of every answer that is not a page. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private static final Pattern META = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"");

  private Pages() {}

  /** The requests answered with a page, whose policy is the page's own. */
  static final RequestMatcher PAGES = (HttpServletRequest r) -> {
    String path = r.getRequestURI();
    return path.endsWith("/report");
  };

  /** The policy a page states in its meta tag, or the API's where it states none. */
  static String policyOf(String html) {
    Matcher m = META.matcher(html);
    return m.find() ? m.group(1).replace("&#39;", "'").replace("&amp;", "&") : API_POLICY;
  }
}
