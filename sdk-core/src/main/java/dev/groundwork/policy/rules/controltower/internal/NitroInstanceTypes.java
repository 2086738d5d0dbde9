package dev.groundwork.policy.rules.controltower.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The AWS Nitro instance types the EC2 and Auto Scaling controls accept, as AWS's guard rules list them (copied
 * from @cdklabs/cdk-validator-cfnguard 0.0.62; ControlTowerAgreementTest fails when a rule file
 * changes what it accepts on the fixtures).
 */
public final class NitroInstanceTypes {

  /** Instance types built on the Nitro System (CT.EC2.PR.15, .16, .18 and CT.AUTOSCALING.PR.10). */
  public static final List<Pattern> NITRO = compile(
      "^a1\\..+?$", "^c5\\..+?$", "^c5a\\..+?$", "^c5ad\\..+?$", "^c5d\\..+?$", "^c5n\\..+?$",
      "^c6a\\..+?$", "^c6g\\..+?$", "^c6gd\\..+?$", "^c6gn\\..+?$", "^c6i\\..+?$", "^c6id\\..+?$",
      "^c6in\\..+?$", "^c7a\\..+?$", "^c7g\\..+?$", "^c7gd\\..+?$", "^c7gn\\..+?$", "^c7i\\..+?$",
      "^d3\\..+?$", "^d3en\\..+?$", "^dl1\\..+?$", "^dl2q\\..+?$", "^g4ad\\..+?$", "^g4dn\\..+?$",
      "^g5\\..+?$", "^g5g\\..+?$", "^hpc6a\\..+?$", "^hpc6id\\..+?$", "^hpc7a\\..+?$",
      "^hpc7g\\..+?$", "^i3\\.metal$", "^i3en\\..+?$", "^i4g\\..+?$", "^i4i\\..+?$",
      "^im4gn\\..+?$", "^inf1\\..+?$", "^inf2\\..+?$", "^is4gen\\..+?$", "^m5\\..+?$",
      "^m5a\\..+?$", "^m5ad\\..+?$", "^m5d\\..+?$", "^m5dn\\..+?$", "^m5n\\..+?$", "^m5zn\\..+?$",
      "^m6a\\..+?$", "^m6g\\..+?$", "^m6gd\\..+?$", "^m6i\\..+?$", "^m6id\\..+?$", "^m6idn\\..+?$",
      "^m6in\\..+?$", "^m7a\\..+?$", "^m7g\\..+?$", "^m7gd\\..+?$", "^m7i-flex\\..+?$",
      "^m7i\\..+?$", "^mac1\\.metal$", "^mac2-m2\\.metal$", "^mac2-m2pro\\.metal$",
      "^mac2\\.metal$", "^p3dn\\..+?$", "^p4d\\..+?$", "^p4de\\..+?$", "^p5\\..+?$", "^r5\\..+?$",
      "^r5a\\..+?$", "^r5ad\\..+?$", "^r5b\\..+?$", "^r5d\\..+?$", "^r5dn\\..+?$", "^r5n\\..+?$",
      "^r6a\\..+?$", "^r6g\\..+?$", "^r6gd\\..+?$", "^r6i\\..+?$", "^r6id\\..+?$", "^r6idn\\..+?$",
      "^r6in\\..+?$", "^r7a\\..+?$", "^r7g\\..+?$", "^r7gd\\..+?$", "^r7i\\..+?$", "^r7iz\\..+?$",
      "^t3\\..+?$", "^t3a\\..+?$", "^t4g\\..+?$", "^trn1\\..+?$", "^trn1n\\..+?$",
      "^u-12tb1\\..+?$", "^u-18tb1\\..+?$", "^u-24tb1\\..+?$", "^u-3tb1\\..+?$", "^u-6tb1\\..+?$",
      "^u-9tb1\\..+?$", "^vt1\\..+?$", "^x2gd\\..+?$", "^x2idn\\..+?$", "^x2iedn\\..+?$",
      "^x2iezn\\..+?$", "^z1d\\..+?$");

  /**
   * Nitro instance types that encrypt traffic between instances (CT.EC2.PR.19, .20 and
   * CT.AUTOSCALING.PR.11).
   */
  public static final List<Pattern> ENCRYPTION_IN_TRANSIT = compile(
      "^c5a\\..+?$", "^c5ad\\..+?$", "^c5n\\..+?$", "^c6a\\..+?$", "^c6gn\\..+?$", "^c6i\\..+?$",
      "^c6id\\..+?$", "^c6in\\..+?$", "^c7a\\..+?$", "^c7g\\..+?$", "^c7gd\\..+?$", "^c7gn\\..+?$",
      "^c7i\\..+?$", "^d3\\..+?$", "^d3en\\..+?$", "^dl1\\..+?$", "^dl2q\\..+?$", "^g4ad\\..+?$",
      "^g4dn\\..+?$", "^g5\\..+?$", "^hpc6a\\..+?$", "^hpc6id\\..+?$", "^hpc7a\\..+?$",
      "^hpc7g\\..+?$", "^i3en\\..+?$", "^i4g\\..+?$", "^i4i\\..+?$", "^im4gn\\..+?$",
      "^inf1\\..+?$", "^inf2\\..+?$", "^is4gen\\..+?$", "^m5dn\\..+?$", "^m5n\\..+?$",
      "^m5zn\\..+?$", "^m6a\\..+?$", "^m6i\\..+?$", "^m6id\\..+?$", "^m6idn\\..+?$",
      "^m6in\\..+?$", "^m7a\\..+?$", "^m7g\\..+?$", "^m7gd\\..+?$", "^m7i-flex\\..+?$",
      "^m7i\\..+?$", "^p3dn\\..+?$", "^p4d\\..+?$", "^p4de\\..+?$", "^p5\\..+?$", "^r5dn\\..+?$",
      "^r5n\\..+?$", "^r6a\\..+?$", "^r6i\\..+?$", "^r6id\\..+?$", "^r6idn\\..+?$", "^r6in\\..+?$",
      "^r7a\\..+?$", "^r7g\\..+?$", "^r7gd\\..+?$", "^r7i\\..+?$", "^r7iz\\..+?$", "^trn1\\..+?$",
      "^trn1n\\..+?$", "^u-12tb1\\..+?$", "^u-18tb1\\..+?$", "^u-24tb1\\..+?$", "^u-3tb1\\..+?$",
      "^u-6tb1\\..+?$", "^u-9tb1\\..+?$", "^vt1\\..+?$", "^x2idn\\..+?$", "^x2iedn\\..+?$",
      "^x2iezn\\..+?$");

  /** Nitro instance families with dedicated hosts (CT.EC2.PR.17). */
  public static final List<Pattern> DEDICATED_HOST_FAMILIES = compile(
      "^a1$", "^c5$", "^c5d$", "^c5n$", "^c6a$", "^c6g$", "^c6gd$", "^c6gn$", "^c6i$", "^c6id$",
      "^c6in$", "^c7a$", "^c7g$", "^c7gd$", "^c7gn$", "^c7i$", "^dl1$", "^g4ad$", "^g4dn$", "^g5$",
      "^g5g$", "^i3en$", "^i4g$", "^i4i$", "^im4gn$", "^inf1$", "^inf2$", "^m5$", "^m5d$",
      "^m5dn$", "^m5n$", "^m5zn$", "^m6a$", "^m6g$", "^m6gd$", "^m6i$", "^m6id$", "^m6idn$",
      "^m6in$", "^m7a$", "^m7g$", "^m7gd$", "^m7i$", "^p4d$", "^p4de$", "^p5$", "^r5$", "^r5b$",
      "^r5d$", "^r5dn$", "^r5n$", "^r6a$", "^r6g$", "^r6gd$", "^r6i$", "^r6id$", "^r6idn$",
      "^r6in$", "^r7a$", "^r7g$", "^r7gd$", "^r7i$", "^r7iz$", "^t3$", "^trn1$", "^u-12tb1$",
      "^u-18tb1$", "^u-24tb1$", "^u-6tb1$", "^u-9tb1$", "^x2gd$", "^x2idn$", "^x2iedn$",
      "^x2iezn$", "^z1d$");

  /** Nitro instance types with dedicated hosts (CT.EC2.PR.17). */
  public static final List<Pattern> DEDICATED_HOST_TYPES = compile(
      "^a1\\..+?$", "^c5\\..+?$", "^c5d\\..+?$", "^c5n\\..+?$", "^c6a\\..+?$", "^c6g\\..+?$",
      "^c6gd\\..+?$", "^c6gn\\..+?$", "^c6i\\..+?$", "^c6id\\..+?$", "^c6in\\..+?$", "^c7a\\..+?$",
      "^c7g\\..+?$", "^c7gd\\..+?$", "^c7gn\\..+?$", "^c7i\\..+?$", "^dl1\\..+?$", "^g4ad\\..+?$",
      "^g4dn\\..+?$", "^g5\\..+?$", "^g5g\\..+?$", "^i3\\.metal$", "^i3en\\..+?$", "^i4g\\..+?$",
      "^i4i\\..+?$", "^im4gn\\..+?$", "^inf1\\..+?$", "^inf2\\..+?$", "^m5\\..+?$", "^m5d\\..+?$",
      "^m5dn\\..+?$", "^m5n\\..+?$", "^m5zn\\..+?$", "^m6a\\..+?$", "^m6g\\..+?$", "^m6gd\\..+?$",
      "^m6i\\..+?$", "^m6id\\..+?$", "^m6idn\\..+?$", "^m6in\\..+?$", "^m7a\\..+?$", "^m7g\\..+?$",
      "^m7gd\\..+?$", "^m7i\\..+?$", "^mac1\\.metal$", "^mac2-m2\\.metal$", "^mac2-m2pro\\.metal$",
      "^mac2\\.metal$", "^p4d\\..+?$", "^p4de\\..+?$", "^p5\\..+?$", "^r5\\..+?$", "^r5b\\..+?$",
      "^r5d\\..+?$", "^r5dn\\..+?$", "^r5n\\..+?$", "^r6a\\..+?$", "^r6g\\..+?$", "^r6gd\\..+?$",
      "^r6i\\..+?$", "^r6id\\..+?$", "^r6idn\\..+?$", "^r6in\\..+?$", "^r7a\\..+?$", "^r7g\\..+?$",
      "^r7gd\\..+?$", "^r7i\\..+?$", "^r7iz\\..+?$", "^t3\\..+?$", "^trn1\\..+?$",
      "^u-12tb1\\..+?$", "^u-18tb1\\..+?$", "^u-24tb1\\..+?$", "^u-6tb1\\..+?$", "^u-9tb1\\..+?$",
      "^x2gd\\..+?$", "^x2idn\\..+?$", "^x2iedn\\..+?$", "^x2iezn\\..+?$", "^z1d\\..+?$");

  private NitroInstanceTypes() {}

  /** Guard's {@code value in [/regex/, ...]}: a string one of the patterns matches. */
  public static boolean isOneOf(JsonNode value, List<Pattern> patterns) {
    if (value == null || !value.isTextual()) {
      return false;
    }
    for (Pattern pattern : patterns) {
      if (pattern.matcher(value.textValue()).find()) {
        return true;
      }
    }
    return false;
  }

  private static List<Pattern> compile(String... patterns) {
    return Arrays.stream(patterns).map(Pattern::compile).toList();
  }
}
