package com.aftersales.billing.invoice;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface InvoiceRepository extends MongoRepository<Invoice, String> {

    Optional<Invoice> findByIdAndDealerId(String id, String dealerId);

    Page<Invoice> findByDealerId(String dealerId, Pageable pageable);

    Page<Invoice> findByDealerIdAndRepairOrderId(String dealerId, String repairOrderId, Pageable pageable);

    Page<Invoice> findByDealerIdAndStatus(String dealerId, Invoice.Status status, Pageable pageable);

    Page<Invoice> findByDealerIdAndRepairOrderIdAndStatus(String dealerId, String repairOrderId, Invoice.Status status,
                                                         Pageable pageable);
}
