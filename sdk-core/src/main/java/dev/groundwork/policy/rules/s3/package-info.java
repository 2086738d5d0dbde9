/** Rules for S3 buckets: encryption, public access, TLS, versioning, access logs. */
package dev.groundwork.policy.rules.s3;
