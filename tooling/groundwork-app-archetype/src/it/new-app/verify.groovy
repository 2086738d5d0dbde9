// Checks the generated project's pom and which Node.js each of invoker.properties' runs used.
def project = new File(basedir, 'orders-infra')
def pom = new File(project, 'pom.xml')
assert pom.isFile() : 'archetype:generate wrote no orders-infra/pom.xml'

// The pom says only what is the user's: at most 45 lines that are not blank or comments.
def significant = pom.text.replaceAll(/(?s)<!--.*?-->/, '').readLines().findAll { !it.trim().isEmpty() }
println "the generated pom.xml has ${significant.size()} lines that are not blank or comments"
assert significant.size() <= 45 : "the generated pom has ${significant.size()} lines that are not blank or comments (at most 45)"
assert pom.text.contains('<artifactId>groundwork-app-parent</artifactId>')
assert !pom.text.contains('<plugin>') : 'build plugins belong to groundwork-app-parent'

// build.log holds the four runs one after the other; each run's node goal says which Node.js it provides.
def log = new File(basedir, 'build.log').text
def itPath = new File(basedir, '../../it-path').canonicalPath
def runs = log.split(/(?m)^\[INFO\] Building orders-infra /).drop(1)
assert runs.size() == 7 : "expected seven builds of orders-infra in build.log, found ${runs.size()}"
// The node goal's line comes first in each build (the synth goal's, naming groundwork.node, after it).
def nodeLine = { String run -> (run =~ /(?m)^\[INFO\] Node\.js (v\d+\.\d+\.\d+) for CDK: (\S+) \((.*)\)$/)[0] }
runs.take(3).eachWithIndex { run, i -> println "run ${i + 2}: ${nodeLine(run)[0]}" }

def lts = nodeLine(runs[0])
assert lts[2] == "${itPath}/node-lts/node" && lts[3] == 'on the PATH' : "run 2 (Node.js 22+ on the PATH): ${lts[0]}"

def old = nodeLine(runs[1])
assert old[1].startsWith('v24.') : "run 3 (Node.js 20 on the PATH) must provide Node.js 24: ${old[0]}"
assert old[3] ==~ /(downloaded|from the cache); the PATH's node \(.*\/node-20\/node\) is v20\.20\.2, older than 22/ : "run 3: ${old[0]}"

def none = nodeLine(runs[2])
assert none[1] == old[1] && none[2] == old[2] : "run 4 (no node, offline) must use run 3's Node.js: ${none[0]}"
assert none[3] == 'from the cache; no node on the PATH' : "run 4: ${none[0]}"

// The five builds with tests ran the four tests, share-synth and the synth goal; the last two no tests.
runs.each { run ->
  assert run =~ /groundwork-maven-plugin:[^:]+:synth/
  assert run.contains('BUILD SUCCESS')
}
runs.take(5).each { run ->
  assert run.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
  assert run.contains('[INFO] groundwork:share-synth: a test that synthesizes com.example.infra.App through SynthesisExtension.ofMain stands in for groundwork:synth (target/groundwork/shared-synthesis.json)')
}
runs.drop(5).each { run -> assert !run.contains('Tests run:') && !run.contains('groundwork:share-synth:') }
// The synth goal: in the five builds with tests, AppTest's synthesis stood for it, so it skipped
// (the sixth declares two environment variables, one of them set, which the test JVM saw as the
// goal would); the last build, without tests and with another output directory, synthesizes.
def synthLine = { String run -> run.readLines().find { it.startsWith('[INFO] groundwork:synth') } }
runs.take(5).eachWithIndex { run, i ->
  assert run.contains('[groundwork] this synthesis stands for groundwork:synth\'s') : "run ${i + 2}: the test run did not stand in"
  assert synthLine(run) ==~ /\[INFO\] groundwork:synth skipped: inputs unchanged since the synthesis of cdk\.out by the test run \(AppTest\) \(fingerprint [0-9a-f]{12}, \d+ inputs, assembly intact\); -Dgroundwork\.synth\.force=true synthesizes anyway/ : "run ${i + 2}: ${synthLine(run)}"
}
assert synthLine(runs[5]).startsWith('[INFO] groundwork:synth: inputs changed since the last synthesis: env:CDK_OUTDIR') : "run 7: ${synthLine(runs[5])}"
assert !runs[5].contains('class archive') && !runs[5].contains('archived the synth JVM') : 'run 7 only records the classes its JVM loads'
assert runs[6].contains("[INFO] groundwork:synth: archived the synth JVM's library classes for later syntheses on this machine, once for these libraries (") : 'run 8 archives what run 7 recorded'
// Run 8's synth JVM loaded aws-cdk-lib's and Groundwork's classes from the archive, the app's from target/classes.
def classLog = new File(project, 'classes.log').text
assert classLog =~ /(?m) software\.amazon\.awscdk\.App source: shared objects file/ : 'run 8 did not load CDK from the class archive'
assert classLog =~ /(?m) dev\.groundwork\.app\.PlatformApp source: shared objects file/ : 'run 8 did not load Groundwork from the class archive'
assert classLog =~ /(?m) com\.example\.infra\.App source: file:.*\/target\/classes\// : 'run 8 loaded the app from elsewhere'

def record = new File(project, 'cdk.out/groundwork-inputs.json').text
assert record.contains('"env:ORDERS_IMAGE_TAG"') && !record.contains('1.2.3') : 'the record names the variable, never its value'
assert record.contains('"synthesizedBy" : "the test run (AppTest)"') : record

// The test run's templates and manifests (build 6, in its test JVM) and the goal's (builds 7 and 8,
// its own JVM, the second from the class archive) are the same bytes. (The reports differ on purpose: build 6 had a previous assembly to
// compare with, so the replacement guard's rules ran.)
def templatesOf = { String dir ->
  def found = [:]
  def root = new File(project, dir)
  root.eachFileRecurse {
    if (it.name.endsWith('.template.json') || it.name == 'manifest.json') found[root.relativePath(it)] = it.bytes
  }
  found
}
def byTests = templatesOf('cdk.out')
['goal.out', 'archived.out'].each { dir ->
  def byGoal = templatesOf(dir)
  assert byTests.keySet() == byGoal.keySet() : "test run wrote ${byTests.keySet()}, the goal into ${dir} ${byGoal.keySet()}"
  byTests.each { name, bytes -> assert Arrays.equals(bytes, byGoal[name]) : "${name} differs between the test run and the goal's ${dir}" }
}

def templates = []
new File(project, 'cdk.out').eachFileRecurse { if (it.name.endsWith('.template.json')) templates << it.name }
assert templates.size() == 2 && templates.any { it.startsWith('devdata') } && templates.any { it.startsWith('devnetwork') } : "synthesized: ${templates}"
return true
