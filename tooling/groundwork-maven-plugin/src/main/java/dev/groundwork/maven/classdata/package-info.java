/**
 * The synth goal's JVM started warm: a class data sharing archive of the app's library classes,
 * recorded, made and kept once per machine for each set of jars.
 */
package dev.groundwork.maven.classdata;
