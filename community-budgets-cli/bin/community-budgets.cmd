@echo off
rem Starts the community-budgets command line on Windows: the runnable jar beside this script (a
rem distribution), or the one the build writes to ..\target (a clone, after mvnw.cmd package).
rem JAVA_HOME, if set, names the Java 17 or later to run it with; JAVA_OPTS adds options for the
rem JVM, e.g. -Xmx2g.
setlocal
set "HERE=%~dp0"
set "JAR="
for %%J in ("%HERE%community-budgets-cli-*-all.jar") do if not defined JAR set "JAR=%%~fJ"
if not defined JAR for %%J in ("%HERE%..\target\community-budgets-cli-*-all.jar") do if not defined JAR set "JAR=%%~fJ"
if not defined JAR (
  echo community-budgets: no community-budgets-cli-*-all.jar beside %HERE% or in %HERE%..\target; build it with mvnw.cmd -pl community-budgets-cli -am package -DskipTests 1>&2
  exit /b 2
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
