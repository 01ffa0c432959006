package org.communitybudgets.server;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.communitybudgets.json.DomainJson;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The decision service: the engine over HTTP. {@code java -jar community-budgets-server-VERSION-exec.jar}
 * starts it on port 8080 with the standard rule set; {@code --community-budgets.security.development-key=true}
 * prints a key to try it with. docs/service.md says how to configure it.
 */
@SpringBootApplication
@EnableConfigurationProperties(ServiceSettings.class)
public class DecisionServer {
  /** Starts the service; arguments are Spring Boot's, e.g. {@code --server.port=9090}. */
  public static void main(String[] args) {
    SpringApplication.run(DecisionServer.class, args);
  }

  /** The decision log, unless {@code community-budgets.decision-log.enabled} is false. */
  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(name = "community-budgets.decision-log.enabled", havingValue = "true", matchIfMissing = true)
  DecisionLog decisionLog(ServiceSettings settings, MeterRegistry metrics, Clock clock) {
    return new DecisionLog(settings.decisionLog(), DomainJson.mapper(), clock, metrics);
  }

  /** The clock requests are stamped with when received; decisions follow the business date the request gives. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
