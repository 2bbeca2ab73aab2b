package cn.zhicheng.portal.personaldata;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Maps an entity's personal number to its sealed column: {@code @Convert(converter = SealedText.class)}. Hibernate
 * takes converters from the Spring context (Spring Boot's SpringBeanContainer), so the cipher is injected.
 */
@Converter
public class SealedText implements AttributeConverter<@Nullable String, @Nullable String> {

	private final PersonalDataCipher cipher;

	public SealedText(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public @Nullable String convertToDatabaseColumn(@Nullable String value) {
		return cipher.seal(value);
	}

	@Override
	public @Nullable String convertToEntityAttribute(@Nullable String sealed) {
		return cipher.open(sealed);
	}

}
