// The check ran in Maven (not merely failed): it read both templates, judged the SSH rule on the
// parameter's default, honoured the suppression file, and wrote the SARIF for code scanning.
def log = new File(basedir, 'build.log').text
assert log.contains('[groundwork] check: 2 templates')
assert log =~ /groundwork-maven-plugin:[^ ]+:check \(default\) on project infra-templates: [0-9]+ policy errors?/
def sarif = new File(basedir, 'target/groundwork-check/groundwork-report.sarif').text
assert sarif.contains('GW_EC2_SG_NO_OPEN_INGRESS')
assert sarif.contains('judged on the default of parameter SSHLocation (0.0.0.0/0)')
def json = new File(basedir, 'target/groundwork-check/groundwork-report.json').text
assert json.contains('"reason" : "Only the batch role, inside the VPC endpoint, reaches this queue (PLAT-412)"')
return true
