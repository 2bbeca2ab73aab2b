package cn.zhicheng.portal.browser;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #7 in the browser: the demo applicant opens 我的职称证书 and downloads the demo certificate, which renders
 * with ink; an anonymous visitor opens the link its QR code holds and sees the certificate is valid.
 */
class CertificateBrowserTests extends BrowserTestSupport {

	private static final Path OUT = Paths.get("target", "screenshots");

	private static final String NUMBER = "粤职证2020000001";

	@Test
	void theHolderDownloadsTheCertificateAndAnyoneVerifiesItsQrCode() throws Exception {
		open("/login");
		signIn("demo-applicant", PASSWORD);
		waitUntil(driver -> !URI.create(driver.getCurrentUrl()).getPath().equals("/login"));
		browser.findElement(By.cssSelector("main a[href='/applicant/certificates']")).click();
		waitForPath("/applicant/certificates");
		String table = browser.findElement(By.cssSelector("main table")).getText();
		assertThat(table).contains(NUMBER, "助理工程师", "生态环境监测", "2020年度", "有效");
		screenshot("certificate-01-mine");

		String href = browser.findElement(By.cssSelector("main table a[href$='.pdf']")).getAttribute("href");
		byte[] pdf = fetch(href);
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		Path file = OUT.resolve("certificate-demo.pdf");
		Files.write(file, pdf);
		assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains("李明", NUMBER, "助理工程师");
		BufferedImage page = render(file, "certificate-demo");
		assertThat(ink(page)).as("dark pixels on the rendered certificate").isGreaterThan(2000);
		String link = qr(page);
		assertThat(link).startsWith("http://localhost:" + port + "/certificates/verify?t=");

		browser.manage().deleteAllCookies();
		browser.get(link);
		waitForPath("/certificates/verify");
		assertThat(browser.findElement(By.cssSelector("[data-verdict]")).getAttribute("data-verdict")).isEqualTo("valid");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("证书有效", NUMBER, "李明",
				"441802********", "清远市人力资源和社会保障局")
			.doesNotContain("退出");
		screenshot("certificate-02-verified");
	}

	/** Page 1 with pdftoppm (installed by .ci/run), as a person would look at it. */
	private static BufferedImage render(Path pdf, String name) throws Exception {
		Process process = new ProcessBuilder("pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-png", "-singlefile",
				pdf.toString(), OUT.resolve(name).toString()).inheritIO().start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		return ImageIO.read(OUT.resolve(name + ".png").toFile());
	}

	private static long ink(BufferedImage image) {
		long dark = 0;
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				if ((image.getRGB(x, y) & 0xFF) < 128) {
					dark++;
				}
			}
		}
		return dark;
	}

	private static String qr(BufferedImage image) throws Exception {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
				DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
	}

}
