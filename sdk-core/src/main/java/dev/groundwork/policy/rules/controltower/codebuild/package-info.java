/** Control Tower rules for AWS CodeBuild projects (CT.CODEBUILD.PR.*). */
package dev.groundwork.policy.rules.controltower.codebuild;
