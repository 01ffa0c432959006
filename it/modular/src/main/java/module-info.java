/** A council's program on the module path. */
module org.council.app {
  requires org.communitybudgets.rules;
  requires org.communitybudgets.testing;

  // The engine reads the council's rule files, resources of this package: a named module's
  // resources are readable from other modules only in packages it opens.
  opens org.council.rules;
}
