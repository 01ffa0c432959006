package org.communitybudgets.funding;

/**
 * A government department that funds local bodies through funding lines. The six that set out
 * lines in the Community Budgets menu (Offer, annex; the Offer's menu).
 */
public enum Department {
  /** Department for Work and Pensions. */
  DWP("DWP", "Department for Work and Pensions"),
  /** Home Office. */
  HOME_OFFICE("HO", "Home Office"),
  /** Ministry of Justice. */
  MOJ("MoJ", "Ministry of Justice"),
  /** Department of Health. */
  DH("DH", "Department of Health"),
  /** Department for Education. */
  DFE("DfE", "Department for Education"),
  /** Department for Communities and Local Government, which runs the programme. */
  DCLG("DCLG", "Department for Communities and Local Government");

  private final String abbreviation;
  private final String title;

  Department(String abbreviation, String title) {
    this.abbreviation = abbreviation;
    this.title = title;
  }

  /** The usual abbreviation, e.g. {@code MoJ}. */
  public String abbreviation() {
    return abbreviation;
  }

  /** The department's full name. */
  public String title() {
    return title;
  }
}
