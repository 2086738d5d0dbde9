/** Control Tower rules for Amazon S3 buckets, bucket policies and access points (CT.S3.PR.*). */
package dev.groundwork.policy.rules.controltower.s3;
