package dev.groundwork.policy.rules.cloudtrail;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;

import org.junit.jupiter.api.Test;

class CloudTrailRulesTest {
  static final String TRAIL = "AWS::CloudTrail::Trail";
  final CloudTrailTrailValidatedAndEncrypted rule = new CloudTrailTrailValidatedAndEncrypted();

  @Test
  void passesWhenValidatedAndEncryptedWithAKey() {
    assertCompliant(evaluate(rule, TRAIL,
        "{'EnableLogFileValidation': true, 'KMSKeyId': {'Fn::GetAtt': ['AuditKey', 'Arn']}, 'IsLogging': true}"));
  }

  @Test
  void failsWhenLogFileValidationIsNotSet() {
    assertViolation(evaluate(rule, TRAIL, "{'KMSKeyId': 'arn:aws:kms:eu-west-1:111111111111:key/1'}"),
        "Properties.EnableLogFileValidation", "not set");
  }

  @Test
  void failsWhenLogFileValidationIsOff() {
    assertViolation(evaluate(rule, TRAIL, "{'EnableLogFileValidation': false, 'KMSKeyId': 'alias/audit'}"),
        "Properties.EnableLogFileValidation", "false");
  }

  @Test
  void failsWhenLogFilesAreNotEncryptedWithKms() {
    assertViolation(evaluate(rule, TRAIL, "{'EnableLogFileValidation': true}"), "Properties.KMSKeyId", "not set");
  }

  @Test
  void unknownWhenValidationIsAParameter() {
    assertUnknown(evaluate(rule, TRAIL, "{'EnableLogFileValidation': {'Ref': 'Validate'}, 'KMSKeyId': 'alias/audit'}"),
        "Properties.EnableLogFileValidation");
  }

  @Test
  void notApplicableToOtherResources() {
    assertNotApplicableTo(rule, "AWS::S3::Bucket", "{}");
  }
}
