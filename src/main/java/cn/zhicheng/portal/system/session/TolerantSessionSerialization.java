package cn.zhicheng.portal.system.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * Session attributes are Java-serialized, as Spring Session stores them. During a rolling upgrade an instance of the
 * new version may read a session the old one wrote (and back): a class whose form changed cannot be read. Such an
 * attribute reads as absent, so the worst a changed class does is sign the user out once; without this, every
 * request of that session would fail until it expired. The log names the failure, never the bytes (they hold who the
 * user is).
 */
final class TolerantSessionSerialization {

	private static final Logger log = LoggerFactory.getLogger(TolerantSessionSerialization.class);

	private TolerantSessionSerialization() {
	}

	static ConversionService conversionService(ClassLoader classLoader) {
		DeserializingConverter reader = new DeserializingConverter(classLoader);
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class, bytes -> {
			try {
				return reader.convert(bytes);
			}
			catch (SerializationFailedException unreadable) {
				log.warn("A session attribute could not be read and is dropped: {}", rootCause(unreadable));
				return null;
			}
		});
		return conversions;
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getClass().getName();
	}

}
