# Sourced by ./mvnw. The portal needs JDK 21+; many machines still default to 17. When neither JAVA_HOME nor the
# java on PATH is new enough, use the newest JDK 21+ found in the usual places and say so. When none is found,
# nothing changes and the build's enforcer rule stops with a clear message.
set +f  # mvnw runs with globbing off; the search below needs it
_zc_major() { # prints the feature version of the JDK home $1, or 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  else
    echo 0
  fi
}
_zc_current_home() {
  if [ -n "${JAVA_HOME-}" ]; then echo "$JAVA_HOME"; return; fi
  _zc_java=$(command -v java 2>/dev/null) || return 0
  _zc_java=$(readlink -f "$_zc_java" 2>/dev/null || echo "$_zc_java")
  dirname "$(dirname "$_zc_java")"
}
_zc_home=$(_zc_current_home)
if [ -z "$_zc_home" ] || [ "$(_zc_major "$_zc_home")" -lt 21 ] 2>/dev/null; then
  _zc_best="" _zc_best_major=0
  for _zc_candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$_zc_candidate/bin/javac" ] || continue
    _zc_m=$(_zc_major "$_zc_candidate")
    if [ "${_zc_m:-0}" -ge 21 ] 2>/dev/null && [ "$_zc_m" -gt "$_zc_best_major" ]; then
      _zc_best=$_zc_candidate _zc_best_major=$_zc_m
    fi
  done
  if [ -n "$_zc_best" ]; then
    echo "mvnw: 默认 JDK 低于 21，改用 $_zc_best (JDK $_zc_best_major) / using JDK $_zc_best_major at $_zc_best" >&2
    export JAVA_HOME="$_zc_best"
  fi
fi
unset _zc_home _zc_best _zc_best_major _zc_candidate _zc_m _zc_java
set -f
