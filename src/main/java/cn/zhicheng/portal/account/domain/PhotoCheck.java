package cn.zhicheng.portal.account.domain;

import java.util.Arrays;

/**
 * What {@link PhotoInspector} made of an upload: the photo to store, or why it was refused as a message key of
 * {@code i18n/photo*.properties} with its arguments.
 */
public sealed interface PhotoCheck {

	/**
	 * A photo that passed every check.
	 *
	 * @param jpeg the re-encoded copy to store in place of the upload: plain RGB JPEG, no metadata, nothing appended
	 */
	record Accepted(byte[] jpeg, int width, int height) implements PhotoCheck {

		@Override
		public String toString() {
			return "Accepted[" + width + " × " + height + ", " + jpeg.length + " bytes]";
		}

	}

	/** A refused upload; {@code args} fill the message's placeholders in order. */
	record Refused(String messageKey, Object... args) implements PhotoCheck {

		// A record compares array components by identity; a refusal is a value, so compare the arguments themselves.
		@Override
		public boolean equals(Object other) {
			return other instanceof Refused refused && messageKey.equals(refused.messageKey)
					&& Arrays.equals(args, refused.args);
		}

		@Override
		public int hashCode() {
			return 31 * messageKey.hashCode() + Arrays.hashCode(args);
		}

		@Override
		public String toString() {
			return "Refused[" + messageKey + " " + Arrays.toString(args) + "]";
		}

	}

}
