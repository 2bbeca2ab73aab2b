package cn.zhicheng.portal.system.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;

/**
 * Errors Tomcat answers itself, before the portal's own error page can run — chiefly an upload larger than the
 * servlet's multipart limit — get a short Chinese page instead of Tomcat's English report with its server version.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	private final MessageSource messages;

	ContainerErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The valve goes into the host's pipeline and is also named as the host's error-report class, so Tomcat does not
	 * add its own English one beside it when the host starts.
	 */
	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			Host host = (Host) context.getParent();
			if (host instanceof StandardHost standard) {
				standard.setErrorReportValveClass(ChineseErrorReportValve.class.getName());
				standard.getPipeline().addValve(new ChineseErrorReportValve(messages));
			}
		});
	}

	static class ChineseErrorReportValve extends ErrorReportValve {

		private final MessageSource messages;

		ChineseErrorReportValve(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			Locale chinese = Locale.SIMPLIFIED_CHINESE;
			String title = status == 413 ? messages.getMessage("error.413.title", null, chinese)
					: messages.getMessage("error.generic.title", null, chinese);
			String message = status == 413 ? messages.getMessage("error.413.body", null, chinese)
					: messages.getMessage("error.generic.body", new Object[] { status }, chinese);
			String home = messages.getMessage("error.back-home", null, chinese);
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title
							+ "</title></head><body><h1>" + title + "</h1><p>" + message + "</p><p><a href=\"/\">" + home
							+ "</a></p></body></html>");
				}
			}
			catch (IOException | IllegalStateException ignored) {
				// The client is gone or the response is committed: nothing more can be told.
			}
		}

	}

}
