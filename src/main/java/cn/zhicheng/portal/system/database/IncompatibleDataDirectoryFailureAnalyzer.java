package cn.zhicheng.portal.system.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start on a foreign data directory into a short, bilingual instruction instead of a stack trace. */
class IncompatibleDataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<IncompatibleDataDirectoryException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, IncompatibleDataDirectoryException cause) {
		String description = "数据目录 %s 由 PostgreSQL %s 创建，内置数据库为 PostgreSQL %s，无法打开。%n"
			.formatted(cause.dataDirectory().toAbsolutePath(), cause.foundMajor(), cause.expectedMajor())
				+ cause.getMessage() + ".";
		String action = """
				请备份并移走该目录（或用 pg_dump / pg_upgrade 迁移数据），或用 portal.embedded-db.data-directory 指定另一个目录，\
				或设置 SPRING_DATASOURCE_URL 连接已有的 PostgreSQL 服务器。
				Move the directory away (or migrate it with pg_dump / pg_upgrade), point portal.embedded-db.data-directory \
				elsewhere, or set SPRING_DATASOURCE_URL to use an existing PostgreSQL server.""";
		return new FailureAnalysis(description, action, cause);
	}

}
