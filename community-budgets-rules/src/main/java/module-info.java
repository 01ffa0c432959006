/**
 * The Community Budgets and Troubled Families policy as Drools rules, with dated parameter tables
 * and an explanation of every decision.
 *
 * <p>Callers use {@code org.communitybudgets.rules} (the engine, its builder, batches, errors),
 * the decisions of each subject in {@code org.communitybudgets.rules.pooling} and
 * {@code org.communitybudgets.rules.troubledfamilies}, the what-if comparison in
 * {@code org.communitybudgets.rules.compare} and, at a build, {@code org.communitybudgets.rules.compile}.
 * The packages under {@code org.communitybudgets.rules.internal} are not exported.
 *
 * <p>The module is open: Drools reads the rule files, the parameter tables and the executable
 * model the build generated of the standard rules as resources and by reflection, which a named
 * module allows only for packages it opens. Opening grants reflection at run time only; code
 * compiled against the module sees the exported packages alone.
 *
 * <p>A council whose own rule files live in a named module opens the package that holds them, so
 * that the engine can read them, e.g. {@code opens org.council.rules;} for rules given as
 * {@code localRules("classpath:org/council/rules")}.
 *
 * <p>Drools' jars are automatic modules: they name a module but declare none of their own
 * requirements, so this module requires them by those names.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
open module org.communitybudgets.rules {
  requires transitive org.communitybudgets.core;
  requires transitive org.kie.api;
  requires com.google.common;
  requires org.slf4j;
  requires org.snakeyaml.engine;
  requires org.drools.base;
  requires org.drools.core;
  requires org.drools.kiesession;
  requires org.drools.compiler;
  requires org.drools.drl.ast;
  requires org.drools.mvel;
  requires org.drools.canonicalmodel;
  requires org.drools.modelcompiler;
  requires org.drools.util;
  requires org.kie.internal.api;
  requires static org.drools.model.codegen;
  requires java.compiler;

  exports org.communitybudgets.rules;
  exports org.communitybudgets.rules.compare;
  exports org.communitybudgets.rules.compile;
  exports org.communitybudgets.rules.pooling;
  exports org.communitybudgets.rules.troubledfamilies;
}
