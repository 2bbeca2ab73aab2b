package cn.zhicheng.portal.account.domain;

import java.util.Optional;

import cn.zhicheng.portal.account.CodePurpose;

import org.springframework.data.repository.Repository;

interface VerificationCodeRepository extends Repository<VerificationCode, Long> {

	Optional<VerificationCode> findFirstByMobileHashAndPurposeOrderByCreatedAtDesc(String mobileHash, CodePurpose purpose);

	VerificationCode save(VerificationCode code);

}
