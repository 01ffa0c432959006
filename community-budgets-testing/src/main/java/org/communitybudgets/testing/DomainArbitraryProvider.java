package org.communitybudgets.testing;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.communitybudgets.appraisal.Appraisal;
import org.communitybudgets.appraisal.Intervention;
import org.communitybudgets.family.Family;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.time.FinancialYear;

/**
 * Lets a property take the main domain types as they are, {@code @ForAll Pool pool} or {@code
 * @ForAll Family family}, without a {@code @Provide} method: registered with jqwik as a service,
 * it gives each type this module's default generator. Steer a generator with the {@code
 * *Arbitraries} classes and {@code @ForAll("name")} where the default does not fit.
 */
public final class DomainArbitraryProvider implements ArbitraryProvider {
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> DEFAULTS = Map.of(
      Pool.class, PoolArbitraries::pools,
      Family.class, FamilyArbitraries::families,
      Claim.class, PaymentArbitraries::claims,
      Money.class, MoneyArbitraries::amounts,
      Percentage.class, MoneyArbitraries::shares,
      FinancialYear.class, TimeArbitraries::financialYears,
      Intervention.class, AppraisalArbitraries::interventions,
      Appraisal.class, AppraisalArbitraries::appraisals);

  /** The provider jqwik finds through {@link java.util.ServiceLoader}; tests need not make one. */
  public DomainArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return DEFAULTS.keySet().stream().anyMatch(c -> targetType.isOfType(c));
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    for (Map.Entry<Class<?>, Supplier<Arbitrary<?>>> e : DEFAULTS.entrySet()) {
      if (targetType.isOfType(e.getKey())) {
        return Set.of(e.getValue().get());
      }
    }
    return Set.of();
  }
}
