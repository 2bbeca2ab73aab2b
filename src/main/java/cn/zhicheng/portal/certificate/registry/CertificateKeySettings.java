package cn.zhicheng.portal.certificate.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The certificates' secret ({@code portal.certificate.signing-key}, env {@code PORTAL_CERTIFICATE_SIGNING_KEY}). It
 * keys the hash under which a holder's ID number is stored and looked up, so it must be the same on every instance and
 * never change once certificates are stored: a new key makes every stored hash unfindable.
 *
 * @param signingKey the secret; blank derives one from the personal-data key, the same on every instance
 */
@ConfigurationProperties("portal.certificate")
public record CertificateKeySettings(@DefaultValue("") String signingKey) {
}
