#!/usr/bin/env bash
# Installs what the notebooks need, idempotently, without touching the user's home configuration:
# Jupyter from Debian's packages (when missing), the rapaio Java kernel from Maven Central, a kernelspec
# under notebooks/.jupyter, and the project's jars with their class path (notebooks/.jupyter/classpath.txt).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
state="$here/.jupyter"
kernel_version=3.0.1

if [[ ! -x /usr/bin/jupyter-nbconvert ]] || ! /usr/bin/python3 -c 'import nbformat, ipykernel' 2>/dev/null; then
  echo "notebooks: installing Jupyter from Debian's packages" >&2
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends \
    jupyter-notebook jupyter-nbconvert python3-ipykernel jupyter-client >&2
fi

mkdir -p "$state/kernels/sparkta-java" "$state/runtime" "$state/config" "$state/data"
jar="$state/kernels/sparkta-java/rapaio-jupyter-kernel-$kernel_version.jar"
if [[ ! -f "$jar" ]]; then
  echo "notebooks: fetching the Java kernel io.github.padreati:rapaio-jupyter-kernel:$kernel_version" >&2
  (cd "$root" && mvn -B -q dependency:copy -Dartifact=io.github.padreati:rapaio-jupyter-kernel:$kernel_version \
      -DoutputDirectory="$state/kernels/sparkta-java") >&2
fi

# The kernel's LoopThread starts its loop before raising its running flag, so about one start in six lost a channel
# and hung; notebooks/kernel-fix holds a replacement class that goes ahead of the kernel's jar.
fix="$state/kernels/sparkta-java/fix"
rm -rf "$fix"
javac -nowarn --release 17 -cp "$jar" -d "$fix" "$here"/kernel-fix/org/rapaio/jupyter/kernel/channels/LoopThread.java

# The project's jars and every dependency the notebooks load (Spark included), built when missing or stale.
"$root/bin/sparkta" list > /dev/null
classpath="$root/jobs/target/sparkta-jobs-0.1.0-SNAPSHOT.jar:$(cat "$root/jobs/target/runtime-classpath.txt")"
echo "$classpath" > "$state/classpath.txt"
# One folder of links to every jar, for the notebooks' "%jar .jupyter/lib" cell.
rm -rf "$state/lib" && mkdir -p "$state/lib"
IFS=':' read -ra entries <<< "$classpath"
for entry in "${entries[@]}"; do
  [[ "$entry" == *.jar ]] && ln -sf "$entry" "$state/lib/$(basename "$entry")"
done

# The kernel JVM gets the flags a Spark driver needs and the vector module for the SIMD kernels.
flags='"-XX:+IgnoreUnrecognizedVMOptions", "--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
  "--sun-misc-unsafe-memory-access=allow", "-Dio.netty.tryReflectionSetAccessible=true",
  "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED"'
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  flags="$flags, \"--add-opens=java.base/$p=ALL-UNNAMED\""
done
cat > "$state/kernels/sparkta-java/kernel.json" <<JSON
{
  "argv": ["java", $flags, "-Djava.awt.headless=true", "-Xmx4g",
           "-cp", "$fix:$jar", "org.rapaio.jupyter.kernel.MainApp", "{connection_file}"],
  "display_name": "Java (Sparkta)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {"SPARK_LOCAL_IP": "127.0.0.1", "SPARKTA_CLASSPATH_FILE": "$state/classpath.txt"}
}
JSON
echo "notebooks: kernel 'sparkta-java' ready under $state" >&2
