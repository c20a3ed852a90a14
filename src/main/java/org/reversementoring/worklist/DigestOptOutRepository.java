package org.reversementoring.worklist;

import org.springframework.data.jpa.repository.JpaRepository;

interface DigestOptOutRepository extends JpaRepository<DigestOptOut, String> {
}
