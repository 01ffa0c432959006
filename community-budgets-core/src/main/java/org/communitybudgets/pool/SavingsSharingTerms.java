package org.communitybudgets.pool;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;

/**
 * How an agreement redistributes the savings that new ways of delivering services generate: each
 * party's share of the savings (Offer §11: "formal agreements with departments and agencies to
 * redistribute savings"; Evidence CB00 §4: "structured investment agreements where costs and
 * benefits are shared more proportionately").
 *
 * @param basis how the shares were arrived at
 * @param shares each party's share of the savings: at least one party, each share within 0–100%,
 *     the shares summing to exactly 100%; kept in the order given
 * @param description the terms in words; may be empty
 */
public record SavingsSharingTerms(
    SharingBasis basis, Map<Party, Percentage> shares, String description) {
  private static final String OWNER = "savings-sharing terms";

  /** Validates every component; the shares are copied and the description stripped. */
  public SavingsSharingTerms {
    required(basis, "sharing basis", OWNER);
    required(shares, "shares", OWNER);
    shares.forEach(
        (party, share) -> {
          required(party, "party to a share", OWNER);
          required(share, "share of " + party.name(), OWNER);
        });
    shares = ImmutableMap.copyOf(shares);
    check(!shares.isEmpty(), "shares", "given for at least one party", "none", OWNER);
    Percentage sum = Percentage.ZERO;
    for (Map.Entry<Party, Percentage> e : shares.entrySet()) {
      check(
          e.getValue().isWithinWhole(),
          "share of " + e.getKey().name(),
          "within 0–100%",
          e.getValue(),
          OWNER);
      sum = sum.plus(e.getValue());
    }
    check(
        sum.compareTo(Percentage.ONE_HUNDRED) == 0,
        "shares",
        "summing to exactly 100%",
        "a sum of " + sum,
        OWNER);
    description = required(description, "description", OWNER).strip();
  }

  /** Terms on that basis with those shares and no description. */
  public static SavingsSharingTerms of(SharingBasis basis, Map<Party, Percentage> shares) {
    return new SavingsSharingTerms(basis, shares, "");
  }

  /** The parties that share the savings. */
  public Set<Party> parties() {
    return shares.keySet();
  }

  /** The party's share, if it has one. */
  public Optional<Percentage> shareOf(Party party) {
    return Optional.ofNullable(shares.get(required(party, "party")));
  }

  /**
   * Divides an amount of savings between the parties by their shares, to the penny, so that the
   * parts add up to exactly the amount (as {@link Money#allocate(List)} does).
   *
   * @return each party's part, in the order of the shares
   */
  public Map<Party, Money> divide(Money savings) {
    required(savings, "savings");
    int scale = shares.values().stream().mapToInt(p -> p.percent().scale()).max().orElse(0);
    List<Long> weights = new ArrayList<>();
    for (Percentage share : shares.values()) {
      weights.add(share.percent().setScale(scale).unscaledValue().longValueExact());
    }
    List<Money> parts = savings.allocate(weights);
    Map<Party, Money> result = new LinkedHashMap<>();
    int i = 0;
    for (Party party : shares.keySet()) {
      result.put(party, parts.get(i++));
    }
    return ImmutableMap.copyOf(result);
  }
}
