package cn.zhicheng.portal.certificate.domain;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * The QR code of an e-certificate, drawn as vector squares so it stays sharp at any zoom or print size. Error
 * correction M: a printed certificate may be creased or stamped on.
 */
public final class QrCodes {

	private QrCodes() {
	}

	/** The modules of the code, with a quiet zone of 2 modules. */
	public static BitMatrix matrix(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", ex);
		}
	}

	/** The code as a {@code size}-point square image for a PDF. */
	static Image image(PdfContentByte canvas, String text, float size) throws BadElementException {
		BitMatrix matrix = matrix(text);
		float module = size / matrix.getWidth();
		PdfTemplate template = canvas.createTemplate(size, size);
		template.setRGBColorFill(255, 255, 255);
		template.rectangle(0, 0, size, size);
		template.fill();
		template.setRGBColorFill(0, 0, 0);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					template.rectangle(x * module, size - (y + 1) * module, module, module);
				}
			}
		}
		template.fill();
		return Image.getInstance(template);
	}

}
