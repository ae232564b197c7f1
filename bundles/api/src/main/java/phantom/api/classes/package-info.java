/** Native (internal) classes written in Java and offered to the VM as services. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.6.0")
package phantom.api.classes;
