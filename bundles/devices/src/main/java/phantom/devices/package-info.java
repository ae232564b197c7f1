/** Device implementations that do not depend on the processor; the platform bundles register them. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package phantom.devices;
