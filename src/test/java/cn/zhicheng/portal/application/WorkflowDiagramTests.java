package cn.zhicheng.portal.application;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's state diagram is the one {@link Workflow} draws: change the table and the README must follow. */
class WorkflowDiagramTests {

	@Test
	void theReadmeShowsTheWorkflowTableAsTheCodeDrawsIt() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		assertThat(readme).contains("```mermaid\n" + Workflow.mermaid() + "```");
	}

}
