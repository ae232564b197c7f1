# Finds a JDK new enough for this build (java.lang.foreign: 22 or newer) and exports JAVA_HOME.
# Sourced by ./mvnw and ./phantom, so a plain ./mvnw works where the default java is older.
# JAVA_HOME wins when it is new enough; otherwise the newest JDK in the usual install folders.
# POSIX sh: the Maven wrapper is a /bin/sh script.
PHANTOM_MIN_JAVA=22

phantom_java_feature() { # the feature version of the java at $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1 | sed 's/^1\.//'
}

phantom_find_jdk() {
  _best="" _best_v=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    _v="$(phantom_java_feature "$JAVA_HOME/bin/java")"
    case "$_v" in ''|*[!0-9]*) ;; *) if [ "$_v" -ge "$PHANTOM_MIN_JAVA" ]; then return 0; fi; _best="$JAVA_HOME"; _best_v="$_v" ;; esac
  fi
  _path_jdk=""
  if command -v java >/dev/null 2>&1; then
    _path_jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  fi
  case "$-" in *f*) _noglob=1; set +f ;; *) _noglob=0 ;; esac # the wrapper runs with set -f
  for _c in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
            "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/* $_path_jdk; do
    [ -x "$_c/bin/java" ] && [ -x "$_c/bin/javac" ] || continue
    _v="$(phantom_java_feature "$_c/bin/java")"
    case "$_v" in ''|*[!0-9]*) continue ;; esac
    if [ "$_v" -gt "$_best_v" ]; then _best="$_c"; _best_v="$_v"; fi
  done
  [ "$_noglob" = 0 ] || set -f
  if [ -z "$_best" ] || [ "$_best_v" -lt "$PHANTOM_MIN_JAVA" ]; then
    if [ -n "$_best" ]; then _found="only Java $_best_v at $_best"; else _found="no JDK"; fi
    echo "phantom: needs a JDK $PHANTOM_MIN_JAVA or newer (java.lang.foreign); found $_found." >&2
    echo "phantom: install one, e.g. 'apt-get install openjdk-25-jdk' or a Temurin 25 JDK, then set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$_best"
  export JAVA_HOME
}
