package cn.zhicheng.portal.account.domain;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PersonPhotoRepository extends Repository<PersonPhoto, Long> {

	Optional<PersonPhoto> findById(Long accountId);

	boolean existsById(Long accountId);

	PersonPhoto save(PersonPhoto photo);

}
