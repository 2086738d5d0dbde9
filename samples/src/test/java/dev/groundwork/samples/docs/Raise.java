package dev.groundwork.samples.docs;

/**
 * One way the main sources raise an error code: the parts of a {@code Problem} as the code writes
 * them, rendered readably ({@code {expression}} for what is only known at run time).
 *
 * @param code the error code, e.g. {@code VPC_CIDR_RANGE}
 * @param raisedBy the construct or type the message names first, e.g. {@code SecureVpc}
 * @param property the property the message names
 * @param allowed what the message says is accepted
 * @param fix what the message says to do
 * @param source the file and line that raises it, relative to the repository
 * @param thrownAs the exception a message starting with the code is thrown as; empty for a
 *     {@code Problem}, which reaches users in a {@code GroundworkValidationException}
 */
record Raise(String code, String raisedBy, String property, String allowed, String fix, String source,
    String thrownAs) {}
