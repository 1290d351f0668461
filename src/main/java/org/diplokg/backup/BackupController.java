package org.diplokg.backup;

import jakarta.servlet.http.HttpServletRequest;
import org.diplokg.security.Scope;
import org.diplokg.system.WriteAuthorizer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/backup}: a consistent snapshot now, while queries and writes go on. Answers the file
 * name (in {@code diplokg.backup.directory}) and the number of quads. Needs the write token for now.
 */
@RestController
public class BackupController {

    private final BackupService backups;
    private final WriteAuthorizer authorizer;

    public BackupController(BackupService backups, WriteAuthorizer authorizer) {
        this.backups = backups;
        this.authorizer = authorizer;
    }

    @PostMapping("/api/admin/backup")
    public ResponseEntity<BackupService.Backup> backup(HttpServletRequest request) {
        authorizer.check(request, Scope.ADMIN);
        return ResponseEntity.status(201).body(backups.backup());
    }
}
