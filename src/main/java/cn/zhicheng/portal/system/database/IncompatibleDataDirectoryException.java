package cn.zhicheng.portal.system.database;

import java.nio.file.Path;

/** The data directory was made by another PostgreSQL major, which the bundled server cannot open. */
public class IncompatibleDataDirectoryException extends RuntimeException {

	private final Path dataDirectory;

	private final String foundMajor;

	private final String expectedMajor;

	IncompatibleDataDirectoryException(Path dataDirectory, String foundMajor, String expectedMajor) {
		super("Data directory " + dataDirectory + " belongs to PostgreSQL " + foundMajor
				+ " but the embedded server is PostgreSQL " + expectedMajor);
		this.dataDirectory = dataDirectory;
		this.foundMajor = foundMajor;
		this.expectedMajor = expectedMajor;
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	public String foundMajor() {
		return foundMajor;
	}

	public String expectedMajor() {
		return expectedMajor;
	}

}
