package org.souk.solution.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.souk.solution.Screenshot;

@Entity
@Table(name = "solution_screenshot")
public class ScreenshotEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long solutionId;
    private int position;
    private String blobKey;
    private String thumbKey;
    private int width;
    private int height;
    private String caption;

    protected ScreenshotEntity() {
    }

    public ScreenshotEntity(long solutionId, int position, Image image, String caption) {
        this.solutionId = solutionId;
        this.position = position;
        this.blobKey = image.key();
        this.thumbKey = image.thumbKey();
        this.width = image.width();
        this.height = image.height();
        this.caption = caption;
    }

    public Long getSolutionId() {
        return solutionId;
    }

    public Long getId() {
        return id;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public Screenshot toScreenshot() {
        return new Screenshot(id, blobKey, thumbKey, width, height, caption);
    }
}
