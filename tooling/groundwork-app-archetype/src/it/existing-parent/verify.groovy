// The app with a parent of its own got its Node.js from the plugin (no node on the PATH) and its
// test configuration from the plugin's declaration (OrdersAppTest checks the test JVM itself).
def log = new File(basedir, 'build.log').text
def nodeLine = (log =~ /(?m)^\[INFO\] Node\.js (v\d+\.\d+\.\d+) for CDK: (\S+) \((.*)\)$/)
assert nodeLine.find() : 'the node goal logged no Node.js'
println "Node.js: " + nodeLine.group(0)
assert nodeLine.group(3) ==~ /(downloaded|from the cache); no node on the PATH/
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert log =~ /groundwork-maven-plugin:[^:]+:synth/
// OrdersAppTest's synthesis (SynthesisExtension.ofMain) stood for the synth goal's, with the test
// JVM set up by the plugin's extension rather than by the app parent.
assert log.contains('[groundwork] this synthesis stands for groundwork:synth\'s') : 'the test run did not stand in'
assert log =~ /\[INFO\] groundwork:synth skipped: inputs unchanged since the synthesis of cdk\.out by the test run \(OrdersAppTest\)/
def templates = []
new File(basedir, 'orders-infra/cdk.out').eachFileRecurse { if (it.name.endsWith('.template.json')) templates << it.name }
assert templates.size() == 1 && templates[0].startsWith('devdata') : "synthesized: ${templates}"
return true
